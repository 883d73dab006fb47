package io.github.parbench.jcstress;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import io.github.parbench.sync.JoinableQueue;
import java.util.concurrent.TimeUnit;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Description;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.II_Result;

/**
 * Slide: {@code q.join()} blocks until every item put has been marked {@code task_done()}.
 * The producer puts two items and joins; once join returns it reads how many items the consumer
 * finished (a plain field, so join must also publish the consumer's work): r1. The consumer takes
 * and finishes both: r2 is how many it finished. Failures are recorded, not thrown (-1).
 */
@JCStressTest
@Description("JoinableQueue: join returns only after every item was marked done, and sees the work done")
@Outcome(id = "2, 2", expect = ACCEPTABLE, desc = "join returned after both items were finished")
@Outcome(id = {"0, 2", "1, 2"}, expect = FORBIDDEN, desc = "join returned before every item was marked done")
@Outcome(expect = FORBIDDEN, desc = "join or a take timed out or was interrupted (-1)")
@State
public class JoinableQueueJoinWaitsForTaskDone {

    private final JoinableQueue<Integer> queue = new JoinableQueue<>();
    int finished;

    @Actor
    public void producer(II_Result r) {
        try {
            queue.put(1);
            queue.put(2);
            r.r1 = queue.join(10, TimeUnit.SECONDS) ? finished : -1;
        } catch (InterruptedException e) {
            r.r1 = -1;
        }
    }

    @Actor
    public void consumer(II_Result r) {
        int done = 0;
        try {
            for (int i = 0; i < 2; i++) {
                if (queue.poll(10, TimeUnit.SECONDS) == null) {
                    break;
                }
                finished++;
                done++;
                queue.taskDone();
            }
            r.r2 = done;
        } catch (InterruptedException e) {
            r.r2 = -1;
        }
    }
}
