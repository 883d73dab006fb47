package io.github.parbench.jcstress;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The jcstress command line for a gate run.
 *
 * <p>quick (what {@code mvn verify} runs) keeps the gate short on 2 cores: jcstress's quick preset
 * (200 ms an iteration) with 3 iterations, one fork, one compilation mode ({@code -sc false}) and
 * one JVM configuration ({@code -jvmArgs}, which turns off jcstress's probing of VM flag sets).
 * The other modes are jcstress's own presets with every VM configuration, for a workstation.
 */
public final class JCStressArguments {

    public static final Set<String> MODES = Set.of("sanity", "quick", "default", "tough", "stress");

    /**
     * Keeps JDK 22+ quiet about native access in the forks. JDK 17 already accepts the flag
     * (JEP 412 added it), so it is passed on every JDK this project supports.
     */
    static final String NATIVE_ACCESS = "--enable-native-access=ALL-UNNAMED";

    private JCStressArguments() {
    }

    public static List<String> of(String mode, String testRegex, Path reportDir) {
        if (!MODES.contains(mode)) {
            throw new IllegalArgumentException("unknown jcstress mode '" + mode + "', expected one of " + MODES);
        }
        List<String> args = new ArrayList<>(List.of("-m", mode, "-t", testRegex, "-r", reportDir.toString()));
        if (mode.equals("quick")) {
            args.addAll(List.of("-iters", "3", "-sc", "false", "-jvmArgs", NATIVE_ACCESS));
        } else {
            args.addAll(List.of("-jvmArgsPrepend", NATIVE_ACCESS));
        }
        return args;
    }
}
