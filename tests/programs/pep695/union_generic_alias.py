u = list[int] | None
print(u, type(u), int | list[str], (int | str).__args__ if hasattr(int|str, "__args__") else "noargs")
import types
print(isinstance(int | str, types.UnionType))
