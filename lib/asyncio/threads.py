"""asyncio.to_thread()."""

__all__ = ('to_thread',)

import functools

from . import events


async def to_thread(func, /, *args, **kwargs):
    """Run func(*args, **kwargs) via the loop's executor and await it.

    This implementation has no threads: the call runs on the loop's
    thread (see BaseEventLoop.run_in_executor).
    """
    running = events.get_running_loop()
    bound_call = functools.partial(func, *args, **kwargs)
    return await running.run_in_executor(None, bound_call)
