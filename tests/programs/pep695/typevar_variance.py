class Reader[T]:
    pass
T = Reader.__type_params__[0]
print(T.__infer_variance__, T.__covariant__, T.__contravariant__)
from typing import TypeVar
Old = TypeVar('Old', bound=int)
Co = TypeVar('Co', covariant=True)
print(repr(Old), repr(Co), Old.__bound__, Co.__infer_variance__)
print(repr(T))
