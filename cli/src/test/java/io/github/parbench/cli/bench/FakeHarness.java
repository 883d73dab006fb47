package io.github.parbench.cli.bench;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import org.HdrHistogram.Histogram;

/**
 * Stands in for a harness main in PartRunnerTest: writes a latency harness log with
 * {@code --results N} histograms to {@code --out}, as RoundTripLatency in benchmarks.jar does.
 */
public final class FakeHarness {

    private FakeHarness() {
    }

    public static void main(String[] args) throws IOException {
        List<String> list = List.of(args);
        int results = Integer.parseInt(list.get(list.indexOf("--results") + 1));
        Path out = Path.of(list.get(list.indexOf("--out") + 1));
        List<String> lines = new ArrayList<>(List.of("parbench-harness-log\t1", "setting\tharness\tlatency",
                "setting\tjvm\tjava", "setting\tjdkVersion\t17", "setting\tvmName\tfake", "setting\tvmVersion\t17",
                "setting\tsamples\t3", "setting\tslices\t1", "setting\ttripsPerSlice\t3", "setting\tseed\t1",
                "setting\twarmupRule\tsteady state", "setting\twarmupEntryTrips\t3"));
        for (int i = 0; i < results; i++) {
            Histogram h = new Histogram(3);
            h.recordValue(1000 + i);
            ByteBuffer buffer = ByteBuffer.allocate(h.getNeededByteBufferCapacity());
            int length = h.encodeIntoCompressedByteBuffer(buffer);
            lines.add("case\tcase" + i + "\tJVM\ta fake path");
            lines.add("histogram\tcase" + i + "\tidle\t" + Base64.getEncoder().encodeToString(Arrays.copyOf(buffer.array(), length)));
            lines.add("measured\tcase" + i + "\tidle\t0\t10\t1.5\tfalse\t0\t1\t0");
        }
        lines.add("end");
        Files.write(out, lines);
    }
}
