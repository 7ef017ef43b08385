# WeakMethod: event handlers that do not keep their owners alive.
import weakref


class EventBus:
    def __init__(self):
        self._handlers = []

    def subscribe(self, method):
        self._handlers.append(weakref.WeakMethod(method, self._forget))

    def _forget(self, dead):
        print('  handler died, forgetting it')
        self._handlers.remove(dead)

    def publish(self, event):
        for wm in list(self._handlers):
            handler = wm()
            if handler is not None:
                handler(event)
        return len(self._handlers)


class Widget:
    def __init__(self, name):
        self.name = name

    def on_event(self, event):
        print(f'  {self.name} got {event}')

    def other(self, event):
        pass


bus = EventBus()
ok, cancel = Widget('ok'), Widget('cancel')
bus.subscribe(ok.on_event)
bus.subscribe(cancel.on_event)
print('handlers:', bus.publish('click'))
del cancel
print('handlers:', bus.publish('hover'))

# a plain ref to a bound method dies at once; WeakMethod follows the instance
w = Widget('w')
print(weakref.ref(w.on_event)() is None, weakref.WeakMethod(w.on_event)() == w.on_event)

# equality and hashing follow the bound method while alive
m1 = weakref.WeakMethod(w.on_event)
m2 = weakref.WeakMethod(w.on_event)
m3 = weakref.WeakMethod(w.other)
print(m1 == m2, m1 != m2, m1 == m3, hash(m1) == hash(m2), m1 is m2)
print(isinstance(m1, weakref.ref), type(m1()).__name__, m1().__self__ is w)
table = {m1: 'first'}
print(table[m2])
del w
print(m1() is None, m1 == m2, m1 == m1)

# the callback runs once, when the instance dies
events = []
w2 = Widget('w2')
wm = weakref.WeakMethod(w2.on_event, lambda r: events.append(r is wm))
del w2
print(events)

# only bound methods are accepted
for bad in (len, print, Widget.on_event, lambda: 0):
    try:
        weakref.WeakMethod(bad)
    except TypeError as e:
        print('TypeError', e)

# dropping the last subscriber notifies the bus through the WeakMethod callback
del ok
print('handlers:', bus.publish('close'))
