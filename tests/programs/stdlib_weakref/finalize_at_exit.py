# Live finalizers with atexit=True run at interpreter exit, newest first.
import weakref


class Thing:
    pass


keep = Thing()
weakref.finalize(keep, print, 'exit: first registered')
weakref.finalize(keep, print, 'exit: second registered')
quiet = weakref.finalize(keep, print, 'never printed (atexit=False)')
quiet.atexit = False
gone = Thing()
weakref.finalize(gone, print, 'ran when gone died')
del gone
done = weakref.finalize(keep, print, 'never printed (already called)')
done.detach()
print('end of program')
