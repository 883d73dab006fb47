package io.github.parbench.jmh.interleaved;

import io.github.parbench.exec.ExecutionModel;

/**
 * One configuration of an interleaved experiment: a model at a worker count, opened once and used
 * for every block of the run.
 *
 * @param model        the model's name as results name it: a {@code Model} constant, or
 *                     {@link #SERIAL_TWIN} for the A/A control
 * @param workers      k
 * @param exec         the opened model; the experiment closes it. Null when another JVM runs it
 *                     (an interleaved A/B run's build server), which {@code timer} then asks
 * @param compilations the JIT compilations of every JVM it runs in, which its warm-up waits on
 * @param timer        who times its entries; null: the experiment, in this JVM with its own clock
 *                     ({@link LocalEntryTimer})
 */
public record Contender(String model, int workers, ExecutionModel exec, JvmCompilations compilations,
                        EntryTimer timer) {

    public Contender {
        if (exec == null && timer == null) {
            throw new IllegalArgumentException(model + " x" + workers + " has neither a model to run here nor a timer"
                    + " that runs it elsewhere");
        }
    }

    /** A contender opened in this JVM and timed here. */
    public Contender(String model, int workers, ExecutionModel exec, JvmCompilations compilations) {
        this(model, workers, exec, compilations, null);
    }

    /** The baseline every per-block ratio divides by. */
    public static final String SERIAL = "SERIAL";
    /**
     * A second, independent SERIAL: its ratio to SERIAL should be 1, so how far it strays from 1 is
     * the noise floor of this machine during this run.
     */
    public static final String SERIAL_TWIN = "SERIAL_TWIN";

    /** A contender whose compilations are not counted (a simulated machine's). */
    public Contender(String model, int workers, ExecutionModel exec) {
        this(model, workers, exec, JvmCompilations.NOT_COUNTED);
    }

    /** {@code THREADS x2}: how progress lines and tables name it. */
    public String label() {
        return model + " x" + workers;
    }

    public boolean isSerial() {
        return SERIAL.equals(model);
    }
}
