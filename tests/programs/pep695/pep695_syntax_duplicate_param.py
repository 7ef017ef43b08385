def f[T, T](x):
    return x
