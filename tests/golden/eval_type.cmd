eval
type(1u)
