"""Exception types used throughout the asyncio package."""

__all__ = (
    'BrokenBarrierError', 'CancelledError', 'InvalidStateError',
    'TimeoutError', 'IncompleteReadError', 'LimitOverrunError',
    'SendfileNotAvailableError',
)

# asyncio.TimeoutError is simply the builtin one since 3.11.
TimeoutError = TimeoutError


class CancelledError(BaseException):
    """Raised inside a Task or Future that has been cancelled."""


class InvalidStateError(Exception):
    """The operation does not fit the Future/Task's current state."""


class SendfileNotAvailableError(RuntimeError):
    """sendfile() cannot be used for the given socket or file."""


class IncompleteReadError(EOFError):
    """Fewer bytes than requested arrived before end of stream.

    ``partial`` holds what was read, ``expected`` the requested count.
    """

    def __init__(self, partial, expected):
        wanted = 'undefined' if expected is None else repr(expected)
        EOFError.__init__(
            self, '%d bytes read on a total of %s expected bytes'
            % (len(partial), wanted))
        self.partial, self.expected = partial, expected

    def __reduce__(self):
        return (IncompleteReadError, (self.partial, self.expected))


class LimitOverrunError(Exception):
    """A buffer limit was hit while searching for a separator."""

    def __init__(self, message, consumed):
        Exception.__init__(self, message)
        self.consumed = consumed

    def __reduce__(self):
        return (LimitOverrunError, (self.args[0], self.consumed))


class BrokenBarrierError(RuntimeError):
    """The Barrier was reset or broken while tasks were waiting."""
