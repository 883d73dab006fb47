package io.github.parbench.jmh.interleaved;

import io.github.parbench.exec.Model;
import java.util.ArrayList;
import java.util.List;

/**
 * The contenders of one run, opened together and closed together: SERIAL, its twin, then every
 * other model at every worker count. Closing is idempotent and safe from a shutdown hook, so the
 * pools and child JVMs go however the run ends (a checksum that fails, an interrupt, SIGTERM).
 */
final class Contenders implements AutoCloseable {

    private final List<Contender> list;
    private boolean closed;

    private Contenders(List<Contender> list) {
        this.list = List.copyOf(list);
    }

    static Contenders open(List<Model> models, List<Integer> workerCounts) {
        List<Contender> opened = new ArrayList<>();
        try {
            opened.add(new Contender(Contender.SERIAL, 1, Model.SERIAL.open(1)));
            opened.add(new Contender(Contender.SERIAL_TWIN, 1, Model.SERIAL.open(1)));
            for (Model model : models) {
                if (model == Model.SERIAL) {
                    continue;
                }
                for (int k : workerCounts) {
                    opened.add(new Contender(model.name(), k, model.open(k)));
                }
            }
            return new Contenders(opened);
        } catch (RuntimeException | Error e) {
            opened.forEach(c -> c.exec().close());
            throw e;
        }
    }

    List<Contender> list() {
        return list;
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        RuntimeException first = null;
        for (Contender c : list) {
            try {
                c.exec().close();
            } catch (RuntimeException e) {
                if (first == null) {
                    first = e;
                } else {
                    first.addSuppressed(e);
                }
            }
        }
        if (first != null) {
            throw first;
        }
    }
}
