# richards: Martin Richards' operating-system simulation (tasks, packets,
# a scheduler with priorities), written here with classes and a work queue.
# Prints the queue/hold counts, which are fixed for each iteration count.
# quick: 1
import sys

IDLE, WORKER, HANDLER_A, HANDLER_B, DEVICE_A, DEVICE_B = range(6)
KIND_DEVICE = 0
KIND_WORK = 1
BUFSIZE = 4


class Packet:
    def __init__(self, link, ident, kind):
        self.link = link
        self.ident = ident
        self.kind = kind
        self.datum = 0
        self.data = [0] * BUFSIZE

    def append_to(self, queue):
        self.link = None
        if queue is None:
            return self
        p = queue
        while p.link is not None:
            p = p.link
        p.link = self
        return queue


class TaskState:
    def __init__(self):
        self.packet_pending = True
        self.task_waiting = False
        self.task_holding = False

    def set_running(self):
        self.packet_pending = False
        self.task_waiting = False
        self.task_holding = False
        return self

    def set_waiting(self):
        self.packet_pending = False
        self.task_waiting = True
        self.task_holding = False
        return self

    def set_packet_pending(self):
        self.packet_pending = True
        self.task_waiting = False
        self.task_holding = False
        return self

    def set_waiting_with_packet(self):
        self.packet_pending = True
        self.task_waiting = True
        self.task_holding = False
        return self

    def is_held_or_suspended(self):
        return self.task_holding or (not self.packet_pending and self.task_waiting)

    def is_waiting_with_packet(self):
        return self.packet_pending and self.task_waiting and not self.task_holding


class Scheduler:
    def __init__(self):
        self.tasks = [None] * 6
        self.task_list = None
        self.current = None
        self.current_id = 0
        self.hold_count = 0
        self.queue_count = 0

    def add(self, task):
        task.next = self.task_list
        self.task_list = task
        self.tasks[task.ident] = task

    def find(self, ident):
        t = self.tasks[ident]
        if t is None:
            raise RuntimeError("bad task id %d" % ident)
        return t

    def hold_self(self):
        self.hold_count += 1
        self.current.task_holding = True
        return self.current.next

    def release(self, ident):
        t = self.find(ident)
        t.task_holding = False
        if t.priority > self.current.priority:
            return t
        return self.current

    def wait(self):
        self.current.task_waiting = True
        return self.current

    def queue_packet(self, pkt):
        t = self.find(pkt.ident)
        self.queue_count += 1
        pkt.link = None
        pkt.ident = self.current_id
        return t.add_packet(pkt, self.current)

    def run(self):
        t = self.task_list
        while t is not None:
            if t.is_held_or_suspended():
                t = t.next
            else:
                self.current = t
                self.current_id = t.ident
                t = t.run_step()


class Task(TaskState):
    def __init__(self, sched, ident, priority, work_queue):
        TaskState.__init__(self)
        self.sched = sched
        self.ident = ident
        self.priority = priority
        self.work_queue = work_queue
        self.next = None
        if work_queue is None:
            self.packet_pending = False
        sched.add(self)

    def add_packet(self, pkt, old):
        if self.work_queue is None:
            self.work_queue = pkt
            self.packet_pending = True
            if self.priority > old.priority:
                return self
        else:
            self.work_queue = pkt.append_to(self.work_queue)
        return old

    def run_step(self):
        if self.is_waiting_with_packet():
            pkt = self.work_queue
            self.work_queue = pkt.link
            if self.work_queue is None:
                self.set_running()
            else:
                self.set_packet_pending()
        else:
            pkt = None
        return self.body(pkt)


class IdleTask(Task):
    def __init__(self, sched, ident, priority, count):
        Task.__init__(self, sched, ident, priority, None)
        self.set_running()
        self.control = 1
        self.count = count

    def body(self, pkt):
        s = self.sched
        self.count -= 1
        if self.count == 0:
            return s.hold_self()
        if self.control & 1 == 0:
            self.control //= 2
            return s.release(DEVICE_A)
        self.control = (self.control // 2) ^ 0xD008
        return s.release(DEVICE_B)


class WorkerTask(Task):
    def __init__(self, sched, ident, priority, queue):
        Task.__init__(self, sched, ident, priority, queue)
        self.set_waiting_with_packet()
        self.destination = HANDLER_A
        self.count = 0

    def body(self, pkt):
        s = self.sched
        if pkt is None:
            return s.wait()
        self.destination = HANDLER_B if self.destination == HANDLER_A else HANDLER_A
        pkt.ident = self.destination
        pkt.datum = 0
        for i in range(BUFSIZE):
            self.count += 1
            if self.count > 26:
                self.count = 1
            pkt.data[i] = self.count
        return s.queue_packet(pkt)


class HandlerTask(Task):
    def __init__(self, sched, ident, priority, queue):
        Task.__init__(self, sched, ident, priority, queue)
        self.set_waiting_with_packet()
        self.work_in = None
        self.device_in = None

    def body(self, pkt):
        s = self.sched
        if pkt is not None:
            if pkt.kind == KIND_WORK:
                self.work_in = pkt.append_to(self.work_in)
            else:
                self.device_in = pkt.append_to(self.device_in)
        work = self.work_in
        if work is not None:
            count = work.datum
            if count < BUFSIZE:
                dev = self.device_in
                if dev is not None:
                    self.device_in = dev.link
                    dev.datum = work.data[count]
                    work.datum = count + 1
                    return s.queue_packet(dev)
            else:
                self.work_in = work.link
                return s.queue_packet(work)
        return s.wait()


class DeviceTask(Task):
    def __init__(self, sched, ident, priority, queue):
        Task.__init__(self, sched, ident, priority, queue)
        self.set_waiting()
        self.pending = None

    def body(self, pkt):
        s = self.sched
        if pkt is None:
            held = self.pending
            if held is None:
                return s.wait()
            self.pending = None
            return s.queue_packet(held)
        self.pending = pkt
        return s.hold_self()


def run_once():
    s = Scheduler()
    IdleTask(s, IDLE, 0, 10000)
    wq = Packet(None, 0, KIND_WORK)
    wq = Packet(wq, 0, KIND_WORK)
    WorkerTask(s, WORKER, 1000, wq)
    for handler, device, prio in ((HANDLER_A, DEVICE_A, 2000), (HANDLER_B, DEVICE_B, 3000)):
        q = Packet(None, device, KIND_DEVICE)
        q = Packet(q, device, KIND_DEVICE)
        q = Packet(q, device, KIND_DEVICE)
        HandlerTask(s, handler, prio, q)
    DeviceTask(s, DEVICE_A, 4000, None)
    DeviceTask(s, DEVICE_B, 5000, None)
    s.run()
    return s.queue_count, s.hold_count


def main(n):
    total_q = total_h = 0
    for _ in range(n):
        q, h = run_once()
        total_q += q
        total_h += h
    print("queue_count", q, "hold_count", h)
    print("totals", total_q, total_h)


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 30)
