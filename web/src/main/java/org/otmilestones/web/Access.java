package org.otmilestones.web;

import io.javalin.security.RouteRole;

/** Who may open a route; {@link Guards} checks it before the route's handler runs. */
enum Access implements RouteRole {
    /** Anyone on the allowed addresses: the start page, sign-in, styles. */
    PUBLIC,
    /** The family whose link it is, on a device where that checklist is open (else the link asks for the birth date). */
    FAMILY,
    /** Signed-in staff; a form post also needs the session's form token. */
    STAFF
}
