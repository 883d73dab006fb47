package io.github.parbench.lessons.processes;

import io.github.parbench.process.ChildJvm;
import io.github.parbench.process.ChildProcess;
import io.github.parbench.process.ParentWatch;

/**
 * A parent for {@link DaemonChildrenAreKilledWhenTheParentExitsTest}: starts a daemon child that
 * would run for minutes and a non-daemon child that ends once RELEASE exists (then writes DONE),
 * prints both pids, and returns from main.
 *
 * <p>Both children watch the test JVM rather than this parent, so that only this parent's exit
 * logic, not their {@link ParentWatch}, decides when they end, and the test JVM's death still
 * ends them.
 */
public final class DaemonFamilyMain {

    private DaemonFamilyMain() {
    }

    public static void main(String[] args) {
        ParentWatch.start();
        String watchGrandparent = "-D" + ChildJvm.PARENT_PID_PROPERTY + "="
                + System.getProperty(ChildJvm.PARENT_PID_PROPERTY);
        ChildProcess daemon = ChildProcess.of(LessonChildMain.class).name("daemon-child").daemon(true)
                .jvmOptions(watchGrandparent).args("block").start();
        ChildProcess user = ChildProcess.of(LessonChildMain.class).name("user-child").daemon(false)
                .jvmOptions(watchGrandparent).args("await-file", args[0], args[1]).start();
        System.out.println("daemon " + daemon.pid());
        System.out.println("user " + user.pid());
        System.out.println("main returned");
        System.out.flush();
    }
}
