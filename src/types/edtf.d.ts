// The edtf package ships no types; this declares the one call the project makes.
declare module 'edtf' {
  interface ExtDate {
    type: string;
    min: number;
    max: number;
  }
  function edtf(value: string): ExtDate;
  export default edtf;
}
