package io.github.parbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.parbench.cli.compare.DecisionRule;
import org.junit.jupiter.api.Test;

/** The CI level in compare's table says what alpha gave, and a strict alpha never reads as a 100% interval. */
class ConfidenceTextTest {

    @Test
    void theLevelKeepsAsManyDecimalsAsAlphaNeeds() {
        assertEquals("95%", new DecisionRule(0.05, 0.05).confidenceText());
        assertEquals("99%", new DecisionRule(0.05, 0.01).confidenceText());
        assertEquals("99.5%", new DecisionRule(0.05, 0.005).confidenceText());
        assertEquals("99.9%", new DecisionRule(0.05, 0.001).confidenceText());
        assertEquals("99.99%", new DecisionRule(0.05, 0.0001).confidenceText());
        assertEquals("80%", new DecisionRule(0.05, 0.2).confidenceText());
    }
}
