for exc in [ZeroDivisionError, KeyError, IndexError, FileNotFoundError, UnboundLocalError, ModuleNotFoundError,
            RecursionError, NotImplementedError, StopIteration, KeyboardInterrupt, SystemExit, GeneratorExit,
            UnicodeDecodeError, OverflowError, BaseExceptionGroup, TimeoutError, IsADirectoryError]:
    print(exc.__name__, [c.__name__ for c in exc.__mro__[1:]])
print(issubclass(KeyboardInterrupt, Exception), issubclass(Warning, Exception), issubclass(DeprecationWarning, Warning))
print(IOError is OSError, EnvironmentError is OSError)
