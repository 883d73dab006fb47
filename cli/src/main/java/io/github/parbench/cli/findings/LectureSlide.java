package io.github.parbench.cli.findings;

import io.github.parbench.cli.speedup.SpeedupRow;
import io.github.parbench.cli.speedup.SpeedupTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The lecture's headline slide redone from a run: countdown and sqrt at the large (the lecture's)
 * size, serially, on two threads, on two processes and on a pool of two, CPython beside the JVM,
 * each side's speedup measured interleaved against its own SERIAL.
 */
public final class LectureSlide {

    /** The lecture's configurations: model, workers, and what the slide calls it. */
    private static final List<String[]> SLIDE = List.of(
            new String[] {"SERIAL", "1", "serial"},
            new String[] {"THREADS", "2", "2 threads"},
            new String[] {"PROCESS_SPAWN", "2", "2 processes"},
            new String[] {"PROCESS_POOL", "2", "Pool(2)"});
    private static final String LARGE = "large";

    private LectureSlide() {
    }

    /** The rows a run can fill; empty when it has neither side's interleaved figures at the large size. */
    public static List<LectureRow> rows(List<SpeedupTable> tables) {
        List<LectureRow> rows = new ArrayList<>();
        for (String workload : List.of("countdown", "sqrt")) {
            Optional<SpeedupTable> cpython = find(tables, workload, true);
            Optional<SpeedupTable> jvm = find(tables, workload, false);
            if (cpython.isEmpty() && jvm.isEmpty()) {
                continue;
            }
            for (String[] config : SLIDE) {
                int k = Integer.parseInt(config[1]);
                Optional<SpeedupRow> py = cpython.flatMap(t -> t.row(config[0], k));
                Optional<SpeedupRow> java = jvm.flatMap(t -> t.row(config[0], k));
                if (py.isPresent() || java.isPresent()) {
                    rows.add(new LectureRow(workload, config[2], py, cpython.map(t -> t.design().n()).orElse(0L), java,
                            jvm.map(t -> t.design().n()).orElse(0L)));
                }
            }
        }
        return rows;
    }

    private static Optional<SpeedupTable> find(List<SpeedupTable> tables, String workload, boolean cpython) {
        return tables.stream().filter(t -> t.cpython() == cpython && t.workload().equals(workload)
                && t.size().equals(LARGE)).findFirst();
    }
}
