package org.ortakakil.places;

/** Whether a place's Wi-Fi works now, as the network operations centre last reported it. */
public enum WifiStatus { UP, DOWN, MAINTENANCE }
