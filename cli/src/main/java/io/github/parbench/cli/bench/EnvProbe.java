package io.github.parbench.cli.bench;

import io.github.parbench.format.Environment;
import io.github.parbench.provenance.GitState;
import io.github.parbench.workload.Kernels;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The environment a run measured in (env.json): what a reader needs to tell two runs' machines
 * apart. Anything unreadable is recorded as null rather than guessed.
 */
public final class EnvProbe {

    private EnvProbe() {
    }

    /** @param modelsLeftOut why models this JVM cannot run were left out, or null when none were */
    public static Environment probe(Path repo, Profile profile, int usableCores, String cpus, String start,
                                    String modelsLeftOut) {
        LscpuFacts lscpu = LscpuFacts.parse(Commands.output(null, List.of("lscpu"), 10).orElse(""));
        GitState git = GitState.of(repo);
        return new Environment(host(), lscpu.cpuModel().orElse(null), lscpu.sockets().orElse(null),
                lscpu.cores().orElse(null), lscpu.threadsPerCore().orElse(null),
                lscpu.numaNodes().orElseGet(EnvProbe::numaNodesFromSysfs),
                read("/sys/devices/system/cpu/cpu0/cpufreq/scaling_governor").orElse(null),
                memoryBytes(read("/proc/meminfo").orElse("")).orElse(null), System.getProperty("os.version"), osName(),
                System.getProperty("java.version"), System.getProperty("java.vendor"), System.getProperty("java.home"),
                Arrays.asList(Kernels.JVM_FLAGS), git.commit(), git.dirty(), profile.label(), start, null,
                Runtime.getRuntime().availableProcessors(), usableCores, affinity().orElse(null), cpus,
                read("/sys/fs/cgroup/cpu.max").orElse(null), System.getenv("SLURM_JOB_ID"),
                System.getenv("SLURM_ARRAY_JOB_ID"), System.getenv("SLURM_ARRAY_TASK_ID"), modelsLeftOut, "running", null,
                null);
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
