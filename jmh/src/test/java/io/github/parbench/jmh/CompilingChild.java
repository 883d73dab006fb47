package io.github.parbench.jmh;

/**
 * A child JVM for the tests that keeps its JIT busy: it computes until its stdin closes (the test
 * ending it, or the test JVM dying), so it never outlives the test.
 */
public final class CompilingChild {

    private CompilingChild() {
    }

    public static void main(String[] args) throws Exception {
        Thread work = new Thread(() -> {
            long sink = 0;
            for (long i = 0; ; i++) {
                sink += Long.toString(i).hashCode() ^ (long) Math.sqrt(i);
                if (sink == 42) {
                    System.out.println(sink);
                }
            }
        });
        work.setDaemon(true);
        work.start();
        while (System.in.read() >= 0) {
            // wait for EOF
        }
        System.exit(0);
    }
}
