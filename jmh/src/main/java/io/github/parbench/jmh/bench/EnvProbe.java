package io.github.parbench.jmh.bench;

import io.github.parbench.provenance.GitState;
import io.github.parbench.workload.Kernels;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The environment a run measured in (env.json): what a reader needs to tell two runs' machines
 * apart. Anything unreadable is recorded as null rather than guessed.
 */
public final class EnvProbe {

    private EnvProbe() {
    }

    public static Map<String, Object> probe(Path repo, Profile profile, int usableCores, String cpus, String start) {
        LscpuFacts lscpu = LscpuFacts.parse(Commands.output(null, List.of("lscpu"), 10).orElse(""));
        Map<String, Object> env = new LinkedHashMap<>();
        env.put("host", host());
        env.put("cpuModel", lscpu.cpuModel().orElse(null));
        env.put("sockets", lscpu.sockets().orElse(null));
        env.put("cores", lscpu.cores().orElse(null));
        env.put("threadsPerCore", lscpu.threadsPerCore().orElse(null));
        env.put("numaNodes", lscpu.numaNodes().orElseGet(EnvProbe::numaNodesFromSysfs));
        env.put("governor", read("/sys/devices/system/cpu/cpu0/cpufreq/scaling_governor").orElse(null));
        env.put("memoryBytes", memoryBytes(read("/proc/meminfo").orElse("")).orElse(null));
        env.put("kernel", System.getProperty("os.version"));
        env.put("os", osName());
        env.put("javaVersion", System.getProperty("java.version"));
        env.put("javaVendor", System.getProperty("java.vendor"));
        env.put("javaHome", System.getProperty("java.home"));
        env.put("jvmFlags", Arrays.asList(Kernels.JVM_FLAGS));
        GitState git = GitState.of(repo);
        env.put("gitCommit", git.commit());
        env.put("gitDirty", git.dirty());
        env.put("profile", profile.label());
        env.put("start", start);
        env.put("end", null);
        env.put("availableCpus", Runtime.getRuntime().availableProcessors());
        env.put("usableCores", usableCores);
        env.put("cpuAffinity", affinity().orElse(null));
        env.put("pinnedCpus", cpus);
        env.put("cgroupCpuMax", read("/sys/fs/cgroup/cpu.max").orElse(null));
        env.put("slurmJobId", System.getenv("SLURM_JOB_ID"));
        env.put("slurmArrayJobId", System.getenv("SLURM_ARRAY_JOB_ID"));
        env.put("slurmArrayTaskId", System.getenv("SLURM_ARRAY_TASK_ID"));
        return env;
    }

    /** The cgroup v2 CPU quota line of this process, when there is one. */
    public static Optional<String> cgroupCpuMax() {
        return read("/sys/fs/cgroup/cpu.max");
    }

    static Optional<Long> memoryBytes(String meminfo) {
        for (String line : meminfo.split("\\R")) {
            if (line.startsWith("MemTotal:")) {
                String[] fields = line.split("\\s+");
                try {
                    return Optional.of(Long.parseLong(fields[1]) * 1024L);
                } catch (RuntimeException e) {
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }

    public static String host() {
        return read("/proc/sys/kernel/hostname").orElseGet(() -> Optional.ofNullable(System.getenv("HOSTNAME")).orElse("unknown"));
    }

    private static String osName() {
        for (String line : read("/etc/os-release").orElse("").split("\\R")) {
            if (line.startsWith("PRETTY_NAME=")) {
                return line.substring("PRETTY_NAME=".length()).replace("\"", "");
            }
        }
        return System.getProperty("os.name");
    }

    private static Optional<String> affinity() {
        for (String line : read("/proc/self/status").orElse("").split("\\R")) {
            if (line.startsWith("Cpus_allowed_list:")) {
                return Optional.of(line.substring(line.indexOf(':') + 1).trim());
            }
        }
        return Optional.empty();
    }

    private static Integer numaNodesFromSysfs() {
        try (var nodes = Files.list(Path.of("/sys/devices/system/node"))) {
            long count = nodes.filter(p -> p.getFileName().toString().matches("node\\d+")).count();
            return count == 0 ? null : (int) count;
        } catch (IOException e) {
            return null;
        }
    }

    private static Optional<String> read(String file) {
        try {
            return Optional.of(Files.readString(Path.of(file)).trim());
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
