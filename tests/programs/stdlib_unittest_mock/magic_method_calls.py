from unittest.mock import MagicMock, call
m = MagicMock()
m.a(1); m[3] = 2; len(m); m.b.c(5); str(m); 3 in m; iter(m); m + 1
print(m.method_calls)
print(m.mock_calls)
print(repr(m.__len__).split(" id=")[0], repr(m.__getitem__).split(" id=")[0])
m.__len__.return_value = 7
print(len(m), m.__len__.call_count, m.__len__.called)
m.reset_mock()
print(m.method_calls, m.mock_calls, m.__len__.call_count)
n = MagicMock(name="thing")
n.x.__getitem__.return_value = 9
print(n.x[0], n.mock_calls, n.method_calls)
