package io.github.parbench.cli.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * How many cores this run may use, and the worker counts that follow from it.
 *
 * <p>The JVM's {@code availableProcessors()} follows the affinity mask (taskset, Slurm's binding)
 * but only reads a cgroup CPU quota inside a recognised container, so the quota in
 * {@code cpu.max} is applied here as well: a 2-CPU quota on a 64-core node means 2 cores.
 */
public final class Cores {

    private Cores() {
    }

    /** The usable core count: the affinity count, capped by a cgroup v2 quota when one is set. */
    public static int usable(int affinityCount, Optional<String> cpuMax) {
        int quota = cpuMax.flatMap(Cores::quotaCores).orElse(Integer.MAX_VALUE);
        return Math.max(1, Math.min(affinityCount, quota));
    }

    /** Whole cores granted by a cgroup v2 {@code cpu.max} line ("max 100000" or "200000 100000"). */
    static Optional<Integer> quotaCores(String cpuMax) {
        String[] fields = cpuMax.trim().split("\\s+");
        if (fields.length != 2 || fields[0].equals("max")) {
            return Optional.empty();
        }
        try {
            long quota = Long.parseLong(fields[0]);
            long period = Long.parseLong(fields[1]);
            if (quota <= 0 || period <= 0) {
                return Optional.empty();
            }
            return Optional.of((int) Math.max(1, (quota + period - 1) / period));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** 1, 2, 4, ... below the core count, and the core count itself. */
    public static List<Integer> workerCounts(int cores) {
        if (cores < 1) {
            throw new IllegalArgumentException("cores must be >= 1, was " + cores);
        }
        List<Integer> counts = new ArrayList<>();
        for (int k = 1; k < cores; k *= 2) {
            counts.add(k);
        }
        counts.add(cores);
        return counts;
    }

    /**
     * The CPUs of a taskset-style list ("0-3,8,10-11").
     *
     * @throws IllegalArgumentException naming the list when it is not one
     */
    public static TreeSet<Integer> parseCpuList(String list) {
        TreeSet<Integer> cpus = new TreeSet<>();
        try {
            for (String item : list.split(",")) {
                String[] range = item.trim().split("-", -1);
                int from = Integer.parseInt(range[0]);
                int to = range.length == 1 ? from : Integer.parseInt(range[1]);
                if (range.length > 2 || from < 0 || to < from) {
                    throw new NumberFormatException(item);
                }
                for (int cpu = from; cpu <= to; cpu++) {
                    cpus.add(cpu);
                }
            }
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--cpus '" + list + "' is not a CPU list like 0-3,8");
        }
        return cpus;
    }
}
