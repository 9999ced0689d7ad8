export declare const projectRoot: string;
export declare const elementNames: readonly string[];
