import types, inspect, pickle
print(type(str.upper).__name__, type([].append).__name__, type(len).__name__, type(list.append))
print(isinstance(str.upper, types.MethodDescriptorType), isinstance(len, types.BuiltinFunctionType),
      isinstance(str.upper, types.BuiltinFunctionType), isinstance([].append, types.BuiltinMethodType))
print(str.upper('a'), str.upper.__name__, callable(str.upper), str.upper.__call__('b'))
print(str.upper.__get__('ab')(), str.upper.__get__(None, str) is str.upper)
print(inspect.isroutine(str.upper), inspect.ismethoddescriptor(str.upper), inspect.isbuiltin(str.upper))
print(pickle.loads(pickle.dumps(str.join))(',', 'ab'), pickle.loads(pickle.dumps(dict.get))({1: 2}, 1))
