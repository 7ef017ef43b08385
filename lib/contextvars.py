"""Context variables: values that follow the logical flow of execution.

See the _contextvars module for the implementation.  A ContextVar's
value lives in the current Context; copy_context() snapshots it and
Context.run() calls a function inside a given Context.
"""

from _contextvars import Context, ContextVar, Token, copy_context

__all__ = ('Context', 'ContextVar', 'Token', 'copy_context')
