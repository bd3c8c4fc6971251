package rule

import "testing"

func TestWhere(t *testing.T) {
	for _, c := range []struct {
		r    Reach
		addr string
		want string
	}{
		{ReachAll, ":8080", `on all interfaces (":8080")`},
		{ReachAll, "", "on all interfaces"},
		{ReachNetwork, "10.0.0.5", `on "10.0.0.5", not known to be loopback`},
		{ReachNetwork, "", "on an address not known to be loopback"},
		{ReachUnknown, "ignored", "on an address not known to be loopback"},
	} {
		if got := Where(c.r, c.addr); got != c.want {
			t.Errorf("Where(%d, %q) = %q, want %q", c.r, c.addr, got, c.want)
		}
	}
}
