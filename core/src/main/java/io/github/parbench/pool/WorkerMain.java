package io.github.parbench.pool;

import io.github.parbench.process.ParentWatch;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StreamCorruptedException;
import java.io.StringWriter;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The worker process: reads request frames from stdin, runs the named task of its
 * {@link TaskRegistry registries} on each argument, and writes one reply frame per request to its
 * {@link ReplyPipe}, the named pipe the {@value ReplyPipe#PROPERTY} property names. It exits when
 * stdin closes, and (through {@link ParentWatch}) when its parent is gone.
 *
 * <p>Arguments: the class names of the registries to load besides {@link BuiltinTasks}.
 *
 * <p>stdout and stderr are the worker's own: HotSpot's logs ({@code -Xlog}, {@code -verbose:gc})
 * and a task's {@code println} go there, never into the protocol. {@code System.in} is empty, so a
 * task that reads it gets end-of-file instead of the pool's requests. An unknown task, a frame
 * that does not decode or a task that throws gets an error reply; only a frame length the stream
 * cannot be followed past ends the worker.
 */
public final class WorkerMain {

    private final TaskTable tasks;
    private final DataOutputStream out;

    private WorkerMain(TaskTable tasks, DataOutputStream out) {
        this.tasks = tasks;
        this.out = out;
    }

    public static void main(String[] args) throws IOException {
        String replies = System.getProperty(ReplyPipe.PROPERTY);
        if (replies == null) {
            System.err.println("parbench worker: no -D" + ReplyPipe.PROPERTY
                    + "=PATH; a worker is started by its pool, which makes the pipe for its replies");
            System.exit(2);
            return;
        }
        Path pipe = Path.of(replies);
        // A parent gone before we opened our end leaves the pipe behind: nobody else will delete it.
        ParentWatch.start(() -> ReplyPipe.delete(pipe));
        DataInputStream in = new DataInputStream(new BufferedInputStream(new FileInputStream(FileDescriptor.in)));
        System.setIn(InputStream.nullInputStream());
        TaskTable tasks;
        try {
            tasks = TaskTable.load(List.of(args));
        } catch (IllegalArgumentException e) {
            System.err.println("parbench worker: " + e.getMessage());
            System.exit(2);
            return;
        }
        DataOutputStream out;
        try {
            out = new DataOutputStream(new BufferedOutputStream(ReplyPipe.openForWriting(pipe)));
        } catch (NoSuchFileException e) {
            System.err.println("parbench worker: the reply pipe " + pipe + " is gone: the pool stopped waiting for us");
            System.exit(2);
            return;
        }
        Frames.write(out, Protocol.hello(ProcessHandle.current().pid()));
        new WorkerMain(tasks, out).serve(in);
    }

    private void serve(DataInputStream in) throws IOException {
        long spinNanos = Spin.workerSpinNanos();
        while (true) {
            byte[] request;
            Spin.untilReadable(in, spinNanos);
            try {
                request = Frames.read(in);
            } catch (StreamCorruptedException e) {
                // The length itself is bad: there is no next frame to find. Say so, then stop.
                Frames.write(out, error(Protocol.NO_ID, e));
                System.exit(2);
                return;
            }
            if (request == null) {
                return; // stdin closed: the pool is done with us
            }
            Frames.write(out, answer(request));
        }
    }

    private byte[] answer(byte[] request) {
        long id = Protocol.NO_ID;
        Task<Object, Object> task;
        List<Object> arguments;
        try {
            DataInputStream in = Protocol.reading(request);
            byte kind = in.readByte();
            if (kind != Protocol.REQUEST) {
                throw new StreamCorruptedException("malformed frame: kind " + kind + " is not a request");
            }
            id = in.readLong();
            String name = Codecs.STRING.read(in);
            task = tasks.get(name);
            if (task == null) {
                return error(id, new IllegalArgumentException("unknown task '" + name + "' (known: " + tasks.names() + ")"));
            }
            int count = in.readInt();
            if (count < 0 || count > request.length) {
                throw new StreamCorruptedException("malformed frame: argument count " + count);
            }
            arguments = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                arguments.add(task.argumentCodec().read(in));
            }
            if (in.available() > 0) {
                throw new StreamCorruptedException("malformed frame: " + in.available() + " bytes after the arguments");
            }
        } catch (IOException | RuntimeException e) {
            return error(id, e instanceof StreamCorruptedException ? e
                    : new StreamCorruptedException("malformed frame: " + e));
        }
        try {
            List<Object> results = new ArrayList<>(arguments.size());
            for (Object a : arguments) {
                results.add(task.run(a));
            }
            // Too large a result comes back as its FrameTooLargeException, naming size and limit.
            return Protocol.replyOk(id, task, results);
        } catch (Throwable t) {
            return error(id, t);
        }
    }

    private static byte[] error(long id, Throwable t) {
        StringWriter stack = new StringWriter();
        t.printStackTrace(new PrintWriter(stack));
        return Protocol.replyError(id, t.getClass().getName(), t.getMessage(), stack.toString());
    }
}
