package io.github.parbench.jmh;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;

/**
 * The head of one result in the shape of JMH's {@code -rf json}, for the harnesses that time what
 * JMH cannot and still want the report and compare tools to read them like any suite: benchmark,
 * mode, this JVM and its flags, the warm-up and measurement counts. The caller adds params and
 * metrics.
 */
public final class JmhShapedResult {

    private JmhShapedResult() {
    }

    public static ObjectNode start(ObjectMapper mapper, String producer, String benchmark, String mode,
                                   int warmupIterations, String warmupTime, int measurementIterations,
                                   String measurementTime) {
        ObjectNode o = mapper.createObjectNode();
        o.put("jmhVersion", producer);
        o.put("benchmark", benchmark);
        o.put("mode", mode);
        o.put("threads", 1);
        o.put("forks", 1);
        o.put("jvm", Path.of(System.getProperty("java.home"), "bin", "java").toString());
        ArrayNode jvmArgs = o.putArray("jvmArgs");
        ManagementFactory.getRuntimeMXBean().getInputArguments().forEach(jvmArgs::add);
        o.put("jdkVersion", System.getProperty("java.version"));
        o.put("vmName", System.getProperty("java.vm.name"));
        o.put("vmVersion", System.getProperty("java.vm.version"));
        o.put("warmupIterations", warmupIterations);
        o.put("warmupTime", warmupTime);
        o.put("measurementIterations", measurementIterations);
        o.put("measurementTime", measurementTime);
        return o;
    }
}
