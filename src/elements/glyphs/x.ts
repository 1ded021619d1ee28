import { siX } from 'simple-icons';

export default siX.path;
