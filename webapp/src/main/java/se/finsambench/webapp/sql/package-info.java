/**
 * Reserved for the ad hoc SQL workbench (statement allow-list, server time limit, row cap, CSV export) that
 * will run on {@link se.finsambench.webapp.lake.Lake#read}'s locked, read-only connections.
 */
package se.finsambench.webapp.sql;
