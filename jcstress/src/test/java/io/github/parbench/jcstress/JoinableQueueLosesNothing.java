package io.github.parbench.jcstress;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import io.github.parbench.sync.JoinableQueue;
import java.util.concurrent.TimeUnit;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.Description;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.III_Result;

/**
 * Slide: a producer {@code q.put(item)}s, a consumer {@code q.get()}s. The producer puts 1 and 2;
 * the consumer takes two items (r1, r2; -1 if interrupted; 0 when none came within 10 s, which
 * is generous: on a loaded machine the producer thread may sit descheduled for over a second);
 * r3 is what is left in the queue.
 */
@JCStressTest
@Description("Queue: between a producer and a consumer no item is lost, duplicated or reordered")
@Outcome(id = "1, 2, 0", expect = ACCEPTABLE, desc = "both items arrived once, in order, and nothing is left")
@Outcome(expect = FORBIDDEN, desc = "an item was lost, duplicated or reordered, or a take failed")
@State
public class JoinableQueueLosesNothing {

    private final JoinableQueue<Integer> queue = new JoinableQueue<>();

    @Actor
    public void producer() {
        try {
            queue.put(1);
            queue.put(2);
        } catch (InterruptedException e) {
            // the unbounded queue never blocks a put; a lost item shows in the outcome
        }
    }

    @Actor
    public void consumer(III_Result r) {
        r.r1 = take();
        r.r2 = take();
    }

    private int take() {
        try {
            Integer item = queue.poll(10, TimeUnit.SECONDS);
            return item == null ? 0 : item;
        } catch (InterruptedException e) {
            return -1;
        }
    }

    @Arbiter
    public void left(III_Result r) {
        r.r3 = queue.size();
    }
}
