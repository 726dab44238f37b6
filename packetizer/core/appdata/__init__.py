"""What Packetizer keeps for itself: where (paths), the user's settings, portal profiles,
atomic file writing and the log."""
