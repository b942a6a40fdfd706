package org.otmilestones.web;

/**
 * The address families and staff open, such as {@code https://192.168.1.20:8443}, known once the
 * server listens (the port may be chosen then): family links and redirects are built from it, never
 * from a request's Host header.
 */
final class ServerUrl {

    private volatile String url = "";

    void set(String value) {
        url = value;
    }

    String get() {
        return url;
    }
}
