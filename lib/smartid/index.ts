export * from "./callback";
export * from "./device-link";
export * from "./encoding";
export * from "./lang";
export * from "./session";
export * from "./verification-code";
