"""asyncio.to_thread(); without threads the function runs in place."""

__all__ = ('to_thread',)

from . import events


async def to_thread(func, /, *args, **kwargs):
    """Run func(*args, **kwargs) and return its result. This interpreter
    has no threads, so the call blocks the event loop while it runs."""
    loop = events.get_running_loop()
    return await loop.run_in_executor(None, lambda: func(*args, **kwargs))
