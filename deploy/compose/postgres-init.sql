-- One database per service, and Keycloak's; run once, when the data volume is first created.
CREATE DATABASE vehicle_queue;
CREATE DATABASE clearance;
CREATE DATABASE customs_adapter;
CREATE DATABASE notification;
CREATE DATABASE keycloak;
