# isinstance/issubclass against typing's unsubscripted aliases and unions.
import collections
import typing
from typing import (Any, Callable, Dict, Hashable, Iterable, List, Mapping,
                    Optional, Sequence, Set, Sized, Tuple, Type, Union, Self,
                    Never)

print(isinstance([], List), isinstance((), List), isinstance({}, Dict))
print(isinstance((1,), Tuple), isinstance(set(), Set), isinstance(int, Type))
print(isinstance([], Iterable), isinstance(3, Iterable), isinstance({}, Mapping))
print(isinstance(len, Callable), isinstance(3, Callable), isinstance('s', Sequence))
print(isinstance(3, Hashable), isinstance([], Hashable), isinstance([], Sized))
print(issubclass(list, List), issubclass(dict, Mapping), issubclass(int, Sequence))
print(issubclass(collections.OrderedDict, Dict), issubclass(List, Sequence))
print(isinstance(1, Union[int, str]), isinstance(b'', Union[int, str]),
      isinstance(None, Optional[int]), issubclass(bool, Union[int, str]))
print(isinstance(1, int | str), isinstance(None, int | None))
for expr in ['isinstance(1, Any)', 'isinstance(1, Union)', 'issubclass(int, Self)',
             'isinstance(1, Never)', 'isinstance([], List[int])',
             'isinstance(1, Union[int, List[int]])', 'isinstance(1, typing.Literal[1])']:
    try:
        print(expr, '->', eval(expr))
    except TypeError as e:
        print(expr, '!!', type(e).__name__, e)
