# threading.local gives each thread its own attributes.
import threading

data = threading.local()
data.name = "main"
data.values = [0]
report = []


def work(tag):
    report.append((tag, hasattr(data, "name"), getattr(data, "values", None)))
    data.name = tag
    data.values = [tag] * 2
    report.append((tag, data.name, data.values))


for tag in ("a", "b"):
    t = threading.Thread(target=work, args=(tag,))
    t.start()
    t.join()
for r in report:
    print(r)
print(data.name, data.values)


class Settings(threading.local):
    created = 0

    def __init__(self, level):
        Settings.created += 1
        self.level = level
        self.history = []

    def bump(self):
        self.level += 1
        self.history.append(self.level)
        return self.level


settings = Settings(10)
settings.bump()


def task(n):
    for _ in range(n):
        settings.bump()
    report2.append((threading.current_thread().name, settings.level, settings.history))


report2 = []
for n in (1, 3):
    t = threading.Thread(target=task, args=(n,), name="task-%d" % n)
    t.start()
    t.join()
for r in report2:
    print(r)
print(settings.level, settings.history, Settings.created)

del settings.history
print(hasattr(settings, "history"), sorted(vars(settings)))
try:
    settings.missing
except AttributeError as e:
    print(type(e).__name__, e)

try:
    threading.local(1, 2)
except TypeError as e:
    print(type(e).__name__, e)

# Nested threads: a thread started from another thread.
order = []


def inner():
    order.append(("inner", threading.current_thread().name))


def outer():
    order.append(("outer start", threading.current_thread().name))
    t = threading.Thread(target=inner, name="inner")
    t.start()
    t.join()
    order.append(("outer end", threading.current_thread().name))


t = threading.Thread(target=outer, name="outer")
t.start()
t.join()
print(order)
