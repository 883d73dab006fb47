package io.github.parbench.cli.scaling;

import io.github.parbench.format.JmhResult;

/**
 * One model at one worker count, with what follows from comparing it with SERIAL at one worker.
 *
 * @param model        the {@code model} param
 * @param workers      k, the {@code workers} param
 * @param result       the JMH result
 * @param speedup      S (strong: T_serial / T; weak: k * T_serial / T); NaN without a serial baseline
 * @param speedupError half-width of S propagated from both JMH errors (first order); NaN when unknown
 * @param efficiency   S / k
 * @param karpFlatt    the experimentally determined serial fraction (1/S - 1/k) / (1 - 1/k); NaN at k = 1
 */
public record ScalingPoint(String model, int workers, JmhResult result, double speedup, double speedupError,
                           double efficiency, double karpFlatt) {
}
