package main

// later runs build in a goroutine and returns a function that waits for
// it and returns what it returned, as often as it is called. A batch
// builds its attributor and its gazetteer this way, beside its scorer:
// they need nothing of each other and are most of the start's work (about
// 10 ms each on the machine of issue #6, where a run on one small file
// took 54 ms), and the start is work that no second job shares. A caller
// that returns early leaves build to finish unread.
func later[T any](build func() (T, error)) func() (T, error) {
	var v T
	var err error
	done := make(chan struct{})
	go func() {
		defer close(done)
		v, err = build()
	}()
	return func() (T, error) {
		<-done
		return v, err
	}
}
