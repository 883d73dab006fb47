package io.github.parbench.cli.findings;

import io.github.parbench.cli.speedup.SpeedupRow;
import java.util.Optional;

/**
 * One line of the lecture's slide: a workload on one model, on CPython and on the JVM.
 *
 * @param workload countdown or sqrt
 * @param label    what the lecture calls it: serial, 2 threads, 2 processes, Pool(2)
 * @param cpython  CPython's interleaved figure, when the run has one
 * @param cpythonN the n CPython ran (the smoke profile scales the lecture's down)
 * @param jvm      the JVM's interleaved figure, when the run has one
 * @param jvmN     the n the JVM ran
 */
public record LectureRow(String workload, String label, Optional<SpeedupRow> cpython, long cpythonN,
                         Optional<SpeedupRow> jvm, long jvmN) {

    /** How many times longer CPython takes per element than the JVM; NaN without both sides. */
    public double cpythonOverJvmPerElement() {
        if (cpython.isEmpty() || jvm.isEmpty() || cpythonN <= 0 || jvmN <= 0) {
            return Double.NaN;
        }
        return (cpython.get().meanMillis() / cpythonN) / (jvm.get().meanMillis() / jvmN);
    }
}
