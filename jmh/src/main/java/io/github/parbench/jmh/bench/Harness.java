package io.github.parbench.jmh.bench;

import io.github.parbench.jmh.latency.RoundTripLatency;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A main in the benchmarks jar that times what a JMH benchmark cannot (its own timing loop, a
 * machine state it sets up) and writes JMH-shaped JSON to the file named after {@code --out}. The
 * jar's {@code -lp} listing does not show such a main, so bench knows its harnesses by name; to
 * the rest of bench a harness is a suite like any other, one part with its own file.
 *
 * @param mainClass       the fully qualified main class
 * @param args            its arguments for this run, without {@code --out}
 * @param expectedResults how many result objects a complete run of it writes
 * @param estimateSeconds a rough duration, for progress estimates only
 */
public record Harness(String mainClass, List<String> args, int expectedResults, double estimateSeconds) {

    /**
     * One round trip of the latency harness on the development VM takes 5-50 us (busy or idle
     * machine; taken at the slow end) and each case starts its executor or worker JVM, half a second
     * at most: a smoke estimate of 6 s against the 3 s it took there.
     */
    private static final double SECONDS_PER_ROUND_TRIP = 50e-6;
    private static final double SECONDS_PER_CASE_SETUP = 0.5;
    private static final double JVM_START_SECONDS = 1.0;

    public String simpleName() {
        return mainClass.substring(mainClass.lastIndexOf('.') + 1);
    }

    /** The arguments after {@code java -cp JAR}: the main class, then its own. */
    public List<String> invocation() {
        List<String> invocation = new ArrayList<>();
        invocation.add(mainClass);
        invocation.addAll(args);
        return invocation;
    }

    /** The harnesses a run of this profile does, with the profile's sample counts. */
    public static List<Harness> forProfile(Profile profile) {
        return List.of(roundTripLatency(profile));
    }

    /** Every case in both machine states (idle and busy), so each figure says which state it was taken in. */
    public static Harness roundTripLatency(Profile profile) {
        int samples = profile.latencySamples;
        int warmup = Math.min(samples, RoundTripLatency.DEFAULT_WARMUP);
        List<RoundTripLatency.Load> loads = Arrays.asList(RoundTripLatency.Load.values());
        int results = RoundTripLatency.caseNames().size() * loads.size();
        List<String> args = List.of("--samples", Integer.toString(samples), "--warmup", Integer.toString(warmup),
                "--load", loads.stream().map(Enum::name).collect(Collectors.joining(",")));
        double estimate = results * ((samples + warmup) * SECONDS_PER_ROUND_TRIP + SECONDS_PER_CASE_SETUP)
                + JVM_START_SECONDS;
        return new Harness(RoundTripLatency.class.getName(), args, results, estimate);
    }
}
