type List[T] = list[T]
type 5 = int
