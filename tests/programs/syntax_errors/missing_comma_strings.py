names = ["a" "b", "c" 1]
