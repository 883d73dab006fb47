package io.github.parbench.jmh.interleaved;

import io.github.parbench.exec.Model;
import io.github.parbench.workload.ScalingWorkload;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * An {@link EntryServer}'s command line: {@code --workload W --size S --contenders MODEL:K,...},
 * every value checked before anything opens.
 */
record ServerOptions(ScalingWorkload workload, long n, List<String> models, List<Integer> workers) {

    static ServerOptions parse(String... args) {
        String workload = null;
        String size = null;
        String contenders = null;
        for (int i = 0; i < args.length; i++) {
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException("'" + args[i] + "' needs a value");
            }
            switch (args[i]) {
                case "--workload" -> workload = args[++i];
                case "--size" -> size = args[++i];
                case "--contenders" -> contenders = args[++i];
                default -> throw new IllegalArgumentException("unknown option '" + args[i]
                        + "' (--workload W --size S --contenders MODEL:K,...)");
            }
        }
        if (workload == null || size == null || contenders == null) {
            throw new IllegalArgumentException("needs --workload, --size and --contenders");
        }
        ScalingWorkload scaling = ScalingWorkload.byName(workload);
        long n = scaling.n(size);
        List<String> models = new ArrayList<>();
        List<Integer> workers = new ArrayList<>();
        for (String spec : contenders.split(",")) {
            String[] parts = spec.split(":");
            if (parts.length != 2) {
                throw new IllegalArgumentException("--contenders: '" + spec + "' is not MODEL:WORKERS");
            }
            String model = parts[0].trim().toUpperCase(Locale.ROOT);
            if (!model.equals(Contender.SERIAL_TWIN)) {
                try {
                    Model.valueOf(model);
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("--contenders: unknown model '" + parts[0] + "'");
                }
            }
            int k;
            try {
                k = Integer.parseInt(parts[1].trim());
            } catch (NumberFormatException e) {
                k = 0;
            }
            if (k < 1) {
                throw new IllegalArgumentException("--contenders: '" + spec + "' needs a worker count >= 1");
            }
            models.add(model);
            workers.add(k);
        }
        return new ServerOptions(scaling, n, List.copyOf(models), List.copyOf(workers));
    }

    /** The {@code --contenders} value for these models at these worker counts. */
    static String contenders(List<String> models, List<Integer> workers) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < models.size(); i++) {
            text.append(i == 0 ? "" : ",").append(models.get(i)).append(':').append(workers.get(i));
        }
        return text.toString();
    }
}
