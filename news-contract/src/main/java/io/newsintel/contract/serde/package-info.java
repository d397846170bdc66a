/** JSON serde for the events, for Kafka and for the command-line tools alike. */
package io.newsintel.contract.serde;
