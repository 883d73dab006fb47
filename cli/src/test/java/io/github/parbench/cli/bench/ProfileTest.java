package io.github.parbench.cli.bench;

import io.github.parbench.format.RunPart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class ProfileTest {

    private final List<Suite> suites = SuiteCatalog.parse(SuiteCatalogTest.LISTING).suites();

    @Test
    void everyProfileIsFoundByItsLabelAndAnUnknownOneNamesTheKnownOnes() {
        for (Profile p : Profile.values()) {
            assertEquals(p, Profile.of(p.label()));
        }
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Profile.of("quick"));
        assertEquals("unknown profile 'quick' (smoke, ci, standard, full)", e.getMessage());
    }

    @Test
    void ciKeepsSmokesShortIterationsWithEnoughForksForAPairedVerdict() {
        assertEquals(5, Profile.CI.forks, "compare finds 10% reliably from 5 rounds on");
        List<String> smoke = Profile.SMOKE.jmhOptions(1);
        List<String> ci = Profile.CI.jmhOptions(1);
        assertEquals(after(smoke, "-w"), after(ci, "-w"));
        assertEquals(after(smoke, "-r"), after(ci, "-r"));
        assertTrue(Integer.parseInt(after(ci, "-i")) >= Integer.parseInt(after(smoke, "-i")));
        assertTrue(Profile.CI.secondsPerFork() < Profile.STANDARD.secondsPerFork() / 2,
                "a fork of ci costs a fraction of standard's: " + Profile.CI.secondsPerFork());
    }

    @Test
    void aPairedCiRunHasFiveRoundsOfOneForkPerBuild() {
        Selection selection = new Selection(Set.of("CountdownScaling"), Set.of("SERIAL", "THREADS"), Set.of("small"), false);
        List<RunPart> parts = new Planner(Profile.CI, List.of(1, 2), selection, 1L).pairedParts(suites, suites, Profile.CI.forks);
        Set<String> expected = new TreeSet<>();
        for (int round = 1; round <= 5; round++) {
            expected.add("pairs/CountdownScaling/round-" + round + "-baseline.json");
            expected.add("pairs/CountdownScaling/round-" + round + "-candidate.json");
        }
        assertEquals(expected, new TreeSet<>(parts.stream().map(RunPart::output).toList()),
                "a baseline and a candidate part per round");
        assertEquals(2 * 5, parts.size());
        for (RunPart part : parts) {
            for (List<String> invocation : part.invocations()) {
                assertEquals("1", after(invocation, "-f"), "one fork per build per round: " + invocation);
            }
        }
    }

    private static String after(List<String> args, String option) {
        return args.get(args.indexOf(option) + 1);
    }
}
