from typing import Protocol, runtime_checkable
@runtime_checkable
class SupportsClose[T](Protocol):
    def close(self) -> T: ...
class File:
    def close(self):
        return 'closed'
class Rock:
    pass
print(isinstance(File(), SupportsClose), isinstance(Rock(), SupportsClose))
print(SupportsClose.__type_params__)
def close_all[T](items: list[SupportsClose[T]]) -> list[T]:
    return [i.close() for i in items]
print(close_all([File(), File()]))
