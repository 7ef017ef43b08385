# New threads start from an empty context; snapshots are isolated.
import contextvars
import threading

setting = contextvars.ContextVar('setting', default='default')
counter = contextvars.ContextVar('counter')

setting.set('main-thread')
counter.set(0)
seen = []

def in_thread():
    seen.append(('thread start', setting.get(), counter.get('no counter'),
                 len(contextvars.copy_context())))
    setting.set('changed in thread')
    seen.append(('thread end', setting.get()))

t = threading.Thread(target=in_thread)
t.start()
t.join()
for item in seen:
    print(item)
print('main still', setting.get(), counter.get())

# Running a thread's target inside a copied context carries values over.
ctx = contextvars.copy_context()
t = threading.Thread(target=ctx.run, args=(in_thread,))
seen.clear()
t.start()
t.join()
for item in seen:
    print(item)
print('ctx now has', ctx[setting], '; main has', setting.get())

# Many snapshots share storage but never see each other's writes.
snaps = []
for i in range(5):
    counter.set(i)
    snaps.append(contextvars.copy_context())
print([s[counter] for s in snaps])
def bump():
    counter.set(counter.get() + 100)
    return counter.get()
print([s.run(bump) for s in snaps])
print([s[counter] for s in snaps], counter.get())
