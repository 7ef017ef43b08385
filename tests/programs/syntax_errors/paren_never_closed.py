print("a",
      "b"
